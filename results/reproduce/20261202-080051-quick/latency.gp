# written by pdbench plot from results/20261202-080051-quick/latency.csv
set terminal pngcairo size 1000,600 noenhanced
set output 'latency.png'
load 'latency.body'
set terminal svg size 1000,600 noenhanced
set output 'latency.svg'
replot
