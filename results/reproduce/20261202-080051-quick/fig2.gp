# written by pdbench plot from results/20261202-080051-quick/cpu.csv
set terminal pngcairo size 1000,600 noenhanced
set output 'fig2.png'
load 'fig2.body'
set terminal svg size 1000,600 noenhanced
set output 'fig2.svg'
replot
