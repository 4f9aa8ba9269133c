/* Leptonica's orientation reading of each image turned 0, 90, 180 and 270 degrees clockwise, at 150 dpi (pixScale,
 * as the normaliser reduces; and by area map) and at 300 dpi, with makeOrientDecision's thresholds (8, 2.5) as the
 * normaliser uses them. Prints the decision (-1: unsure), the up and left confidences and the seconds.
 *   gcc -O2 orientation-probe.c -o orientation-probe $(pkg-config --cflags --libs lept)
 *   ./orientation-probe ../../../shared/corpus/real/*.{png,tif,jpg,jpeg}
 * Results: bench/results/orientation-2026-11-29.txt */
#include <leptonica/allheaders.h>
#include <stdio.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static int decide(PIX *grey, float *up, float *left, double *secs){
  double t0=now();
  PIX *b=pixConvertTo1(grey,160);
  *up=0;*left=0;
  pixOrientDetect(b,up,left,0,0);
  l_int32 o=0; makeOrientDecision(*up,*left,8,2.5,&o,0);
  pixDestroy(&b);
  *secs=now()-t0;
  switch(o){case L_TEXT_ORIENT_UP:return 0;case L_TEXT_ORIENT_LEFT:return 90;case L_TEXT_ORIENT_DOWN:return 180;case L_TEXT_ORIENT_RIGHT:return 270;default:return -1;}
}
int main(int argc,char**argv){
  setMsgSeverity(L_SEVERITY_NONE);
  for(int i=1;i<argc;i++){
    PIX *p=pixRead(argv[i]); if(!p){printf("%s\tunreadable\n",argv[i]);continue;}
    PIX *g=pixConvertTo8(p,0); pixDestroy(&p);
    l_int32 xres=pixGetXRes(g); if(xres<100||xres>1000) xres=300;
    float f300=300.0/xres;
    PIX *g300 = (f300<0.8||f300>1.2)? pixScale(g,f300,f300): pixClone(g);
    for(int r=0;r<4;r++){
      PIX *rot = r? pixRotateOrth(g300,r): pixClone(g300);
      PIX *half = pixScaleAreaMap2(rot);
      PIX *sharp = pixScale(rot,0.5,0.5);
      float u,l; double s;
      int d150=decide(sharp,&u,&l,&s); float u1=u,l1=l; double s1=s;
      int d150a=decide(half,&u,&l,&s); float u2=u,l2=l; double s2=s;
      int d300=decide(rot,&u,&l,&s);
      printf("%s\trot%d\t150sharp %d (%.1f,%.1f) %.3fs\t150area %d (%.1f,%.1f) %.3fs\t300 %d (%.1f,%.1f) %.3fs\n",argv[i],r*90,d150,u1,l1,s1,d150a,u2,l2,s2,d300,u,l,s);
      pixDestroy(&rot);pixDestroy(&half);pixDestroy(&sharp);
    }
    pixDestroy(&g);pixDestroy(&g300);
  }
}
