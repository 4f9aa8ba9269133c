#!/usr/bin/env bash
# Regenerates samples/inbox/ from scratch: fictional scanned personal files of
# a Latvian migration office (all names, numbers and addresses are invented).
#
# Usage (from the repository root):  samples/render-samples.sh
#
# Needs: ImageMagick 6 (/usr/bin/convert), DejaVu fonts (fonts-dejavu-core).
# Output is deterministic: re-running produces byte-identical files.
set -euo pipefail
export LC_ALL=C.UTF-8
export MAGICK_THREAD_LIMIT=1   # deterministic and friendly to small machines

cd "$(dirname "${BASH_SOURCE[0]}")/.."

IM=/usr/bin/convert            # explicit: /usr/local/bin/convert may be something else
FONTS=/usr/share/fonts/truetype/dejavu
SERIF=$FONTS/DejaVuSerif.ttf
SERIF_B=$FONTS/DejaVuSerif-Bold.ttf
SANS=$FONTS/DejaVuSans.ttf
SANS_B=$FONTS/DejaVuSans-Bold.ttf
MONO=$FONTS/DejaVuSansMono.ttf

for f in "$IM" "$SERIF" "$SERIF_B" "$SANS" "$SANS_B" "$MONO"; do
  [[ -e $f ]] || { echo "render-samples: missing $f" >&2; exit 1; }
done

OUT=samples/inbox
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

rm -rf "$OUT"
mkdir -p "$OUT"

# A4 at 300 dpi.
W=2480
H=3508
LEFT=200
RIGHT=200

# ---------------------------------------------------------------------------
# render_page OUT.png FOOTER_LEFT FOOTER_RIGHT  < spec
#
# Renders one A4 page (8-bit grey PNG, later converted) from a line spec on
# stdin. Pixel sizes below are at 300 dpi (pointsize == pixels, because the
# density is only set when the final file is written). Spec lines:
#   H|text          header: office name (bold sans), top of page
#   h|text          small header line (address etc.)
#   RULE            horizontal rule across the text width
#   T|text          title, centred, bold serif
#   t|text          subtitle, centred
#   S|text          section heading (bold sans)
#   F|label|value   labelled form field (label serif, value sans)
#   VX|n            x position of field values (default 1050)
#   P|text          body line (serif), pre-wrapped by hand
#   I|text          indented body line
#   M|text          monospace line (MRZ)
#   G|n             vertical gap of n pixels
#   BOX|w|h|text    rectangle at the current position with centred text
#   STAMP|x|y|w|h|text  rectangle with text at absolute position (y from top)
# ---------------------------------------------------------------------------
render_page() {
  local out=$1 foot_left=$2 foot_right=$3
  local y=170 vx=1050 line kind rest label value
  local -a a=(-size "${W}x${H}" xc:white -fill black)

  esc() { local s=${1//%/%%}; printf '%s' "$s"; }   # annotate expands % escapes
  text() {  # text FONT SIZE X Y STRING   (top-left anchored)
    a+=(+stroke -fill black -font "$1" -pointsize "$2" -gravity NorthWest
        -annotate "+$3+$4" "$(esc "$5")")
  }
  ctext() { # ctext FONT SIZE Y STRING    (horizontally centred)
    a+=(+stroke -fill black -font "$1" -pointsize "$2" -gravity North
        -annotate "+0+$3" "$(esc "$4")")
  }
  rule() {  # rule Y WIDTH
    a+=(-gravity NorthWest -stroke black -strokewidth "$2"
        -draw "line $LEFT,$1 $((W - RIGHT)),$1" +stroke)
  }
  rect() {  # rect X Y W H
    a+=(-gravity NorthWest -fill none -stroke black -strokewidth 4
        -draw "rectangle $1,$2 $(($1 + $3)),$(($2 + $4))" +stroke -fill black)
  }

  while IFS= read -r line; do
    [[ -z $line ]] && continue
    kind=${line%%|*}
    rest=${line#*|}
    case $kind in
      H)  text "$SANS_B" 46 "$LEFT" "$y" "$rest"; y=$((y + 72)) ;;
      h)  text "$SANS" 32 "$LEFT" "$y" "$rest"; y=$((y + 52)) ;;
      RULE) y=$((y + 12)); rule "$y" 4; y=$((y + 40)) ;;
      T)  y=$((y + 30)); ctext "$SERIF_B" 66 "$y" "$rest"; y=$((y + 100)) ;;
      t)  ctext "$SERIF" 40 "$y" "$rest"; y=$((y + 70)) ;;
      S)  y=$((y + 28)); text "$SANS_B" 42 "$LEFT" "$y" "$rest"; y=$((y + 74)) ;;
      F)  label=${rest%%|*}; value=${rest#*|}
          text "$SERIF" 40 "$LEFT" "$y" "$label:"
          text "$SANS" 40 "$vx" "$y" "$value"
          y=$((y + 70)) ;;
      VX) vx=$rest ;;
      P)  text "$SERIF" 40 "$LEFT" "$y" "$rest"; y=$((y + 64)) ;;
      I)  text "$SERIF" 40 $((LEFT + 70)) "$y" "$rest"; y=$((y + 64)) ;;
      M)  text "$MONO" 42 "$LEFT" "$y" "$rest"; y=$((y + 66)) ;;
      G)  y=$((y + rest)) ;;
      BOX)
          local bw=${rest%%|*} r2=${rest#*|}
          local bh=${r2%%|*} bt=${r2#*|}
          rect "$LEFT" "$y" "$bw" "$bh"
          text "$SANS" 36 $((LEFT + bw / 2 - 60)) $((y + bh / 2 - 20)) "$bt"
          y=$((y + bh + 40)) ;;
      STAMP)
          local sx sy sw sh st
          IFS='|' read -r sx sy sw sh st <<<"$rest"
          rect "$sx" "$sy" "$sw" "$sh"
          text "$SANS_B" 36 $((sx + 40)) $((sy + sh / 2 - 24)) "$st" ;;
      *)  echo "render-samples: bad spec line: $line" >&2; exit 1 ;;
    esac
  done

  if (( y > H - 260 )); then
    echo "render-samples: $out: text overflows the page (y=$y)" >&2; exit 1
  fi
  # footer
  rule $((H - 210)) 2
  text "$SANS" 30 "$LEFT" $((H - 180)) "$foot_left"
  a+=(+stroke -fill black -font "$SANS" -pointsize 30 -gravity NorthEast
      -annotate "+$RIGHT+$((H - 180))" "$(esc "$foot_right")")

  "$IM" "${a[@]}" -colorspace Gray -depth 8 "$out"
}

# skew IN OUT DEGREES: rotate like a crooked scan, fill white, crop back to A4.
skew() {
  "$IM" "$1" -background white -rotate "$3" -gravity center \
    -crop "${W}x${H}+0+0" +repage -colorspace Gray "$2"
}

PNG_OPTS=(-define png:exclude-chunks=date,time)

# to_png IN OUT: bilevel 1-bit PNG at 300 dpi.
to_png() {
  "$IM" "$1" -colorspace Gray -threshold 55% -type Bilevel \
    -define png:bit-depth=1 -define png:color-type=0 "${PNG_OPTS[@]}" \
    -units PixelsPerInch -density 300 "$2"
}

# to_tiff OUT IN...: multi-page bilevel CCITT G4 TIFF at 300 dpi.
to_tiff() {
  local out=$1; shift
  "$IM" "$@" -colorspace Gray -threshold 55% -type Bilevel \
    -compress Group4 -units PixelsPerInch -density 300 "$out"
}

# to_jpeg IN OUT: greyscale JPEG, 200 dpi, quality 85, slightly grey "paper".
to_jpeg() {
  "$IM" "$1" -filter Triangle -resize 1654x2339! -colorspace Gray \
    +level 5%,96% -strip -quality 85 -sampling-factor 1x1 \
    -units PixelsPerInch -density 200 "$2"
}

OFFICE='Pilsonības un migrācijas lietu pārvalde'
OFFICE_ADDR='Ķieģeļu iela 14, Rīga, LV-1050 · tālr. 67 000 000 · pasts@pmlp.example.lv'

# ===========================================================================
# PF-2019-004512 — Jānis Bērziņš (Latvian citizen): address declaration,
# passport copy, birth certificate. Language: Latvian (+ English in passport).
# ===========================================================================
ID=PF-2019-004512
D=$OUT/$ID
mkdir -p "$D"

render_page "$TMP/a1.png" "Personas lieta $ID" "Lapa 1 no 1" <<EOF
H|$OFFICE
h|Rīgas 1. teritoriālā nodaļa · $OFFICE_ADDR
RULE
T|DZĪVESVIETAS DEKLARĀCIJA
t|Iesniegums Nr. DD-2019/04512
S|1. Ziņas par personu
F|Vārds, uzvārds|Jānis Bērziņš
F|Personas kods|010190-10001
F|Dzimšanas datums|01.01.1990.
F|Pilsonība|Latvijas Republika
S|2. Deklarētā dzīvesvieta
F|Adrese|Gaujas iela 17-4, Valmiera, LV-4201
F|Deklarēšanas datums|12.03.2019.
F|Iepriekšējā dzīvesvieta|Ūdens iela 3, Cēsis, LV-4101
S|3. Ģimenes locekļi, kas dzīvo kopā ar deklarētāju
F|Laulātā|Līga Bērziņa, 150392-10112
F|Bērns|Mārtiņš Bērziņš, 220617-20034
G|30
P|Apliecinu, ka sniegtās ziņas ir patiesas. Esmu informēts, ka par nepatiesu
P|ziņu sniegšanu paredzēta atbildība saskaņā ar normatīvajiem aktiem.
P|Dzīvesvietas maiņu apņemos deklarēt viena mēneša laikā.
G|40
F|Iesniedzēja paraksts|____________________
F|Datums|12.03.2019.
F|Pieņēma|inspektore Ž. Ķēniņa
EOF
to_png "$TMP/a1.png" "$D/01-dzivesvietas-deklaracija.png"

render_page "$TMP/a2.png" "Personas lieta $ID" "Lapa 1 no 1" <<EOF
H|$OFFICE
h|Dokumentu kopija personas lietai · Document copy for the personal file
RULE
T|PASES KOPIJA / PASSPORT COPY
t|Latvijas Republika · Republic of Latvia · Pase / Passport
BOX|600|760|FOTO
VX|1250
F|Uzvārds / Surname|BĒRZIŅŠ
F|Vārds / Given names|JĀNIS
F|Pilsonība / Nationality|LATVIJA / LVA
F|Dzimšanas datums / Date of birth|01.01.1990
F|Dzimums / Sex|V / M
F|Dzimšanas vieta / Place of birth|CĒSIS, LVA
F|Izdošanas datums / Date of issue|05.02.2018
F|Derīga līdz / Date of expiry|04.02.2028
F|Izdevējiestāde / Authority|PMLP
F|Pases Nr. / Passport No.|LX9304512
F|Personas kods / Personal code|010190-10001
G|30
M|P<LVABERZINS<<JANIS<<<<<<<<<<<<<<<<<<<<<<<<<
M|LX93045120LVA9001011M2802046010190<10001<<10
G|40
P|Kopija atbilst oriģinālam. / True copy of the original.
F|Amatpersona / Officer|Ž. Ķēniņa, 12.03.2019.
STAMP|1500|660|760|180|KOPIJA PAREIZA
EOF
to_png "$TMP/a2.png" "$D/02-pases-kopija.png"

render_page "$TMP/a3.png" "Personas lieta $ID" "Lapa 1 no 1" <<EOF
H|Cēsu novada Dzimtsarakstu nodaļa
h|Latvijas Republika · Kopija pievienota personas lietai $ID
RULE
T|DZIMŠANAS APLIECĪBA
t|Sērija AA Nr. 0451208
G|20
F|Vārds|Jānis
F|Uzvārds|Bērziņš
F|Personas kods|010190-10001
F|Dzimšanas datums|1990. gada 1. janvārī
F|Dzimšanas vieta|Cēsis, Latvija
S|Vecāki
F|Tēvs|Andris Bērziņš
F|Tēva pilsonība|Latvijas Republika
F|Māte|Ilze Bērziņa (dzim. Kalniņa)
F|Mātes pilsonība|Latvijas Republika
G|20
P|Dzimšanas reģistrs Nr. 14, sastādīts 1990. gada 9. janvārī
P|Cēsu rajona Dzimtsarakstu nodaļā.
G|40
F|Izdošanas vieta|Cēsis
F|Izdošanas datums|1990. gada 9. janvārī
F|Nodaļas vadītāja|Dace Ozoliņa
STAMP|1500|2650|760|180|ZĪMOGS / Z.V.
EOF
to_jpeg "$TMP/a3.png" "$D/03-dzimsanas-apliciba.jpg"

# ===========================================================================
# PF-2020-001187 — Irina Smirnova (citizen of Kazakhstan): temporary residence
# permit for employment. 3-page TIFF (Latvian, one Russian note), employment
# contract as a folder of page images (Latvian/English), employer letter (EN).
# ===========================================================================
ID=PF-2020-001187
D=$OUT/$ID
mkdir -p "$D"

render_page "$TMP/b1.png" "Personas lieta $ID" "Lapa 1 no 3" <<EOF
H|$OFFICE
h|Uzturēšanās atļauju nodaļa · $OFFICE_ADDR
RULE
T|PIETEIKUMS UZTURĒŠANĀS ATĻAUJAS
T|PIEPRASĪŠANAI
t|Termiņuzturēšanās atļauja · Pieteikums Nr. UA-2020/01187
S|1. Ziņas par ārzemnieku
F|Uzvārds|Smirnova
F|Vārds|Irina
F|Uzvārds dzimšanas brīdī|Volkova
F|Dzimšanas datums|14.06.1987.
F|Dzimšanas vieta|Karaganda, Kazahstāna
F|Pilsonība|Kazahstānas Republika
F|Ceļošanas dokuments|pase N12345678, derīga līdz 20.09.2029.
F|Dzimums|sieviete
F|Ģimenes stāvoklis|precējusies
S|2. Uzturēšanās mērķis un termiņš
F|Mērķis|nodarbinātība (darba līgums)
F|Pieprasītais termiņš|2 gadi
F|Dzīvesvieta Latvijā|Brīvības iela 101-12, Rīga, LV-1001
F|Tālrunis|+371 20 000 000
EOF

render_page "$TMP/b2.png" "Personas lieta $ID" "Lapa 2 no 3" <<EOF
H|$OFFICE
h|Pieteikums uzturēšanās atļaujas pieprasīšanai · turpinājums
RULE
S|3. Ziņas par ģimenes locekļiem
F|Laulātais|Dmitrijs Smirnovs, 02.02.1985.
F|Laulātā pilsonība|Kazahstānas Republika
F|Bērni|nav
S|4. Ziņas par darba devēju
F|Darba devējs|SIA "Baltijas Loģistika"
F|Reģistrācijas Nr.|40003000000
F|Juridiskā adrese|Ziemeļu iela 8, Rīga, LV-1005
F|Amats|loģistikas speciāliste
F|Mēneša alga|1850 EUR (bruto)
F|Darba sākums|01.04.2020.
S|5. Iepriekšējā uzturēšanās Latvijā
F|Uzturēšanās atļaujas|nav izsniegtas
F|Vīzas|Šengenas vīza C, 2018. gads
S|6. Veselības apdrošināšana
F|Apdrošinātājs|AAS "Drošība" (izdomāts)
F|Polises Nr.|VA-2020-778812
F|Derīguma termiņš|31.03.2021.
EOF

render_page "$TMP/b3.png" "Personas lieta $ID" "Lapa 3 no 3" <<EOF
H|$OFFICE
h|Pieteikums uzturēšanās atļaujas pieprasīšanai · turpinājums
RULE
S|7. Pievienotie dokumenti
I|1) pases kopija (derīga ceļošanas dokumenta kopija);
I|2) darba līgums Nr. 17/2020 ar SIA "Baltijas Loģistika" (2 lapas);
I|3) darba devēja vēstule (angļu valodā);
I|4) izziņa par sodāmību ar tulkojumu latviešu valodā;
I|5) veselības apdrošināšanas polise; 6) fotogrāfija 3x4 cm.
G|20
P|Apliecinu, ka sniegtās ziņas ir patiesas un pilnīgas. Piekrītu, ka
P|pārvalde apstrādā manus personas datus uzturēšanās atļaujas lietā.
G|20
P|Заявитель ознакомлена с условиями выдачи вида на жительство
P|и с обязанностью сообщать об изменении места жительства.
G|30
F|Ārzemnieka paraksts|____________________
F|Datums|03.02.2020.
S|Aizpilda pārvaldes amatpersona
F|Pieņemts|03.02.2020.
F|Lietas Nr.|$ID
F|Valsts nodeva|samaksāta, 70 EUR
F|Amatpersona|K. Liepiņa
EOF
to_tiff "$D/01-uzturesanas-atlaujas-pieteikums.tif" "$TMP/b1.png" "$TMP/b2.png" "$TMP/b3.png"

mkdir -p "$D/02-darba-ligums"
render_page "$TMP/b4.png" "Personas lieta $ID" "Lapa 1 no 2" <<EOF
H|SIA "Baltijas Loģistika"
h|Ziemeļu iela 8, Rīga, LV-1005 · Reģ. Nr. 40003000000
RULE
T|DARBA LĪGUMS / EMPLOYMENT CONTRACT
t|Nr. 17/2020 · Rīgā / Riga, 20.01.2020.
G|10
F|Darba devējs / Employer|SIA "Baltijas Loģistika"
F|Pārstāvis / Represented by|valdes loceklis Edgars Kļaviņš
F|Darbinieks / Employee|Irina Smirnova
F|Pase / Passport|N12345678 (Kazahstāna / Kazakhstan)
S|1. Darba pienākumi / Duties
P|Darbinieks strādā par loģistikas speciālisti un plāno kravu pārvadājumus.
P|The employee works as a logistics specialist and plans freight transport.
S|2. Darba laiks / Working time
P|Normālais darba laiks ir 40 stundas nedēļā, piecas darba dienas.
P|Normal working time is 40 hours per week, five working days.
S|3. Darba samaksa / Remuneration
P|Mēneša alga ir 1850 EUR pirms nodokļu nomaksas, izmaksā divreiz mēnesī.
P|The monthly salary is EUR 1850 before taxes, paid twice a month.
S|4. Līguma termiņš / Term
P|Līgums stājas spēkā 01.04.2020. un ir noslēgts uz nenoteiktu laiku.
P|The contract enters into force on 01.04.2020 for an indefinite term.
EOF
to_png "$TMP/b4.png" "$D/02-darba-ligums/page-1.png"

render_page "$TMP/b5.png" "Personas lieta $ID" "Lapa 2 no 2" <<EOF
H|SIA "Baltijas Loģistika"
h|Darba līgums Nr. 17/2020 · Employment contract No. 17/2020 · turpinājums
RULE
S|5. Atvaļinājums / Annual leave
P|Darbiniekam ir tiesības uz ikgadējo apmaksāto atvaļinājumu četras nedēļas.
P|The employee is entitled to four weeks of paid annual leave.
S|6. Pārbaudes laiks / Probation
P|Pārbaudes laiks ir trīs mēneši no darba sākuma dienas.
P|The probation period is three months from the first working day.
S|7. Nobeiguma noteikumi / Final provisions
P|Līgums sagatavots divos eksemplāros latviešu un angļu valodā.
P|Strīda gadījumā noteicošais ir teksts latviešu valodā.
P|This contract is made in two copies in Latvian and English.
P|In case of dispute the Latvian text prevails.
G|40
VX|1250
F|Darba devējs / Employer|Edgars Kļaviņš ____________
F|Darbinieks / Employee|Irina Smirnova ____________
F|Datums / Date|20.01.2020.
STAMP|1500|2500|760|180|SIA BALTIJAS LOĢISTIKA
EOF
to_png "$TMP/b5.png" "$D/02-darba-ligums/page-2.png"

render_page "$TMP/b6.png" "Personas lieta $ID" "Page 1 of 1" <<EOF
H|Baltic Logistics Ltd (SIA "Baltijas Loģistika")
h|Ziemeļu iela 8, Riga, LV-1005, Latvia · hr@baltlog.example.lv
RULE
T|LETTER OF SUPPORT
t|To: Office of Citizenship and Migration Affairs, Riga
G|20
F|Date|22 January 2020
F|Re|Residence permit for Ms Irina Smirnova
F|Passport No.|N12345678 (Kazakhstan)
G|20
P|Dear Sir or Madam,
G|10
P|We confirm that Ms Irina Smirnova, born 14 June 1987, has signed an
P|employment contract No. 17/2020 with our company. She will work full
P|time as a logistics specialist in our Riga office from 1 April 2020.
P|Her gross monthly salary will be EUR 1850. The company will help her
P|to find accommodation and will register her with the State Revenue
P|Service as required by Latvian law.
G|20
P|We kindly ask you to issue her a temporary residence permit for two
P|years. Please contact us if any further documents are needed.
G|30
P|Yours faithfully,
G|40
F|Signature|____________________
F|Name|Edgars Kļaviņš, Member of the Board
EOF
to_png "$TMP/b6.png" "$D/03-darba-deveja-vestule.png"

# ===========================================================================
# PF-2021-000342 — Andrejs Kuzņecovs / Андрей Кузнецов: ASYLUM file.
# Application in Russian (2-page TIFF), interview record (folder of pages,
# Latvian/Russian, page 2 skewed 3.5°), decision granting alternative status.
# ===========================================================================
ID=PF-2021-000342
D=$OUT/$ID
mkdir -p "$D"

render_page "$TMP/c1.png" "Personas lieta $ID" "Lapa 1 no 2 / Страница 1 из 2" <<EOF
H|$OFFICE
h|Patvēruma lietu nodaļa · $OFFICE_ADDR
RULE
T|ХОДАТАЙСТВО О ПРЕДОСТАВЛЕНИИ
T|УБЕЖИЩА
t|Patvēruma pieteikums Nr. PP-2021/0342
S|1. Сведения о заявителе
F|Фамилия|Кузнецов
F|Имя, отчество|Андрей Викторович
F|Дата рождения|03.11.1985
F|Место рождения|г. Северск
F|Гражданство|отсутствует (заявлено)
F|Документ|не имеется, утерян
F|Языки|русский, английский
F|Семейное положение|женат
S|2. Члены семьи
F|Супруга|Кузнецова Мария, 1988 г. р.
F|Дети|Кузнецов Павел, 2015 г. р.
F|Где находятся|вместе с заявителем, Рига
S|3. Прибытие в Латвию
F|Дата въезда|18.02.2021
F|Пункт пересечения|Терехова (автодорога)
F|Место проживания|Центр размещения «Муцениеки»
EOF

render_page "$TMP/c2.png" "Personas lieta $ID" "Lapa 2 no 2 / Страница 2 из 2" <<EOF
H|$OFFICE
h|Patvēruma lietu nodaļa · Ходатайство о предоставлении убежища · продолжение
RULE
S|4. Причины ходатайства
P|Я работал журналистом в местной газете и писал о нарушениях при
P|строительстве городской больницы. После публикаций мне угрожали,
P|в январе 2021 года неизвестные напали на меня возле дома.
P|Полиция отказалась принять заявление. Я опасаюсь за жизнь
P|своей семьи и не могу вернуться в страну проживания.
S|5. Подтверждение
P|Я подтверждаю, что все сведения указаны мною добровольно и
P|являются правдивыми. Мне разъяснены мои права и обязанности
P|на русском языке, переводчик мне не требуется.
G|30
F|Подпись заявителя|____________________
F|Дата|19.02.2021
S|Aizpilda pārvaldes amatpersona
F|Pieteikums pieņemts|19.02.2021.
F|Amatpersona|inspektors Ģirts Dūmiņš
F|Lietas Nr.|$ID
EOF
to_tiff "$D/01-patveruma-pieteikums.tif" "$TMP/c1.png" "$TMP/c2.png"

mkdir -p "$D/02-intervijas-protokols"
render_page "$TMP/c3.png" "Personas lieta $ID" "Lapa 1 no 2" <<EOF
H|$OFFICE
h|Patvēruma lietu nodaļa · Intervija patvēruma lietā
RULE
T|INTERVIJAS PROTOKOLS
t|Протокол собеседования · Patvēruma pieteikums Nr. PP-2021/0342
F|Datums, vieta|04.03.2021., Rīga, Ķieģeļu iela 14
F|Patvēruma meklētājs|Andrejs Kuzņecovs (Андрей Кузнецов)
F|Intervētājs|Ģirts Dūmiņš
F|Valoda|krievu valoda, bez tulka
S|Jautājumi un atbildes
P|J.: Kāpēc jūs atstājāt savu valsti?
P|О.: Мне угрожали после статей о больнице, на меня напали.
P|J.: Kad un kur notika uzbrukums?
P|О.: В январе 2021 года, вечером, возле моего дома.
P|J.: Vai jūs vērsāties policijā?
P|О.: Да, но заявление не приняли и посоветовали уехать.
P|J.: Vai jums ir pierādījumi par draudiem?
P|О.: Есть сообщения в телефоне и копии моих статей.
P|J.: Kas notiks, ja jūs atgriezīsieties?
P|О.: Я боюсь, что меня арестуют или снова нападут.
EOF
to_png "$TMP/c3.png" "$D/02-intervijas-protokols/page-1.png"

render_page "$TMP/c4.png" "Personas lieta $ID" "Lapa 2 no 2" <<EOF
H|$OFFICE
h|Intervijas protokols · Протокол собеседования · turpinājums
RULE
P|J.: Kā jūs ieradāties Latvijā?
P|О.: На автобусе через Тереховский пункт пропуска с семьёй.
P|J.: Vai jūs esat lūdzis patvērumu citā valstī?
P|О.: Нет, это моё первое ходатайство.
P|J.: Vai jums ir ko piebilst?
P|О.: Прошу защитить мою семью, мы готовы соблюдать законы Латвии.
G|30
S|Piezīmes
P|Protokols nolasīts patvēruma meklētājam krievu valodā.
P|Labojumu un iebildumu nav. Intervija ilga 1 stundu 40 minūtes.
P|Протокол прочитан мне на русском языке, записано верно.
G|40
F|Patvēruma meklētājs|____________________
F|Intervētājs|Ģirts Dūmiņš ____________
F|Datums|04.03.2021.
EOF
skew "$TMP/c4.png" "$TMP/c4s.png" 3.5
to_png "$TMP/c4s.png" "$D/02-intervijas-protokols/page-2.png"

render_page "$TMP/c5.png" "Personas lieta $ID" "Lapa 1 no 1" <<EOF
H|$OFFICE
h|Patvēruma lietu nodaļa · $OFFICE_ADDR
RULE
T|LĒMUMS
t|par alternatīvā statusa piešķiršanu · Nr. 21-0342/L
F|Rīgā|2021. gada 14. jūnijā
F|Persona|Andrejs Kuzņecovs (Андрей Кузнецов)
F|Dzimšanas datums|03.11.1985.
F|Lietas Nr.|$ID
S|Konstatēts
P|Patvēruma meklētājs iesniedza patvēruma pieteikumu 19.02.2021.
P|Intervijā sniegtās ziņas ir ticamas un saskaņotas. Personai draud
P|nopietns kaitējums, taču bēgļa statusa kritēriji nav pilnībā izpildīti.
S|Nolemts
P|1. Atteikt bēgļa statusa piešķiršanu.
P|2. Piešķirt alternatīvo statusu un izsniegt uzturēšanās atļauju
I|uz vienu gadu; statuss attiecas arī uz ģimenes locekļiem.
P|3. Lēmumu var pārsūdzēt Administratīvajā rajona tiesā 21 dienas laikā.
G|40
F|Nodaļas vadītāja|Solvita Āboliņa ____________
F|Lēmumu saņēmu|____________________
STAMP|1500|2700|760|180|PATVĒRUMA NODAĻA
EOF
to_png "$TMP/c5.png" "$D/03-lemums-alternativais-statuss.png"

echo "render-samples: wrote $(find "$OUT" -type f | wc -l) files to $OUT"
