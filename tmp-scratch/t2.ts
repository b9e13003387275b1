import { readFileSync } from 'node:fs';
import katex from 'katex';
import { unicodeMathToTex } from '/work/main/scripts/ingest/normalize/unicode-math.ts';
const L = readFileSync('/work/main/content/sources/000_205d6087e854dd35.txt','utf8').split('\n');
const nums = [101,213,219,245,293,295,316,317,318,319,320,563,675,677,697,748,955,977,1306,1307,1313,1347,1348,1418,1644,2399,2409,2518,2580,2582,2583,2590,2592,2594,2786,2788,3041,2214,2353,2357];
for (const n of nums) { const l = L[n-1]; const t = unicodeMathToTex(l); let ok='';
 if (t) { try { katex.renderToString(t,{throwOnError:true}); ok='OK'} catch(e){ ok='ERR '+e.message} }
 console.log(n, l, '\n   =>', t, ok); }
for (const l of ['Formula rest: x','θ̂_MLE = k/n (observed proportion)','ŵ_MLE = (XᵀX)⁻¹Xᵀy (Ordinary Least Squares!)','L(θ) = θᵏ × (1-θ)ⁿ⁻ᵏ','K(x, y) = exp(-γ||x-y||²)','IDF(t, D) = log(N / |{d : t ∈ d}|)','π_θ(a|s) / π_θ_old(a|s)']) { const t=unicodeMathToTex(l); console.log(l,'=>',t); if(t) katex.renderToString(t,{throwOnError:true}); }
