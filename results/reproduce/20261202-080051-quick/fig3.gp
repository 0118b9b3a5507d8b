# written by pdbench plot from results/20261202-080051-quick/scale.csv
set terminal pngcairo size 1000,600 noenhanced
set output 'fig3.png'
load 'fig3.body'
set terminal svg size 1000,600 noenhanced
set output 'fig3.svg'
replot
