/* Tesseract's OSD (the osd model, PSM_OSD_ONLY) on each image reduced to 150 dpi and turned 0, 90, 180 and 270
 * degrees clockwise: the clockwise turn it finds, its confidence, the script and the seconds. MINCHARS=N sets
 * min_characters_to_try (Tesseract's default 50); NOSHARP=1 reduces without Leptonica's sharpening.
 *   gcc -O2 osd-probe.c -o osd-probe $(pkg-config --cflags --libs lept tesseract)
 *   ./osd-probe IMAGES... ; MINCHARS=25 ./osd-probe IMAGES... ; NOSHARP=1 ./osd-probe IMAGES...
 * Results: bench/results/orientation-2026-11-29.txt */
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(int argc,char**argv){
  setMsgSeverity(L_SEVERITY_NONE);
  const char *minchars=getenv("MINCHARS");
  TessBaseAPI *api=TessBaseAPICreate();
  TessBaseAPIInit3(api,NULL,"osd");
  TessBaseAPISetPageSegMode(api,PSM_OSD_ONLY);
  if(minchars) TessBaseAPISetVariable(api,"min_characters_to_try",minchars);
  double total=0;
  for(int i=1;i<argc;i++){
    PIX *p=pixRead(argv[i]); if(!p) continue;
    PIX *g=pixConvertTo8(p,0); pixDestroy(&p);
    l_int32 xres=pixGetXRes(g); if(xres<100||xres>1000) xres=300;
    float f=150.0/xres;
    PIX *s=getenv("NOSHARP")?pixScaleGeneral(g,f,f,0,0):pixScale(g,f,f);
    for(int r=0;r<4;r++){
      PIX *rot=r?pixRotateOrth(s,r):pixClone(s);
      TessBaseAPIClear(api);
      /* SetImage2 takes a Pix directly */
      TessBaseAPISetImage2(api,(struct Pix*)rot);
      TessBaseAPISetSourceResolution(api,150);
      int deg=0; float conf=0; const char*script=0; float sconf=0;
      double t0=now();
      int ok=TessBaseAPIDetectOrientationScript(api,&deg,&conf,&script,&sconf);
      double t=now()-t0; total+=t;
      int rotation=(360-deg)%360;
      printf("%s\trot%d\t%s\t%d\t%.2f\t%s\t%.3f\n",argv[i],r*90,ok?"ok":"none",rotation,conf,script?script:"-",t);
      TessBaseAPIClear(api);
      pixDestroy(&rot);
    }
    pixDestroy(&g);pixDestroy(&s);
  }
  fprintf(stderr,"total %.2f s\n",total);
  TessBaseAPIEnd(api);TessBaseAPIDelete(api);
}
