// The tests' PostgreSQL server lives in ScratchPostgres (the benchmarks start one too); the tests reach it here.
@_exported import ScratchPostgres
