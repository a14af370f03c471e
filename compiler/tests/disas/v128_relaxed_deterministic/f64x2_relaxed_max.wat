;; `f64x2.relaxed_max` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f64x2.relaxed_max (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005D
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movaps  xmm15,xmm0
;;     30: maxpd   xmm15,xmm1
;;     35: maxpd   xmm1,xmm0
;;     3a: xorps   xmm1,xmm15
;;     3e: orps    xmm15,xmm1
;;     42: subpd   xmm15,xmm1
;;     47: cmpunordpd xmm1,xmm15
;;     4d: psrlq   xmm1,0xD
;;     53: andnps  xmm1,xmm15
;;     57: movaps  xmm0,xmm1
;;     5b: leave
;;     5c: ret
;;     5d: cmp     dword ptr [r11+0x14],0
;;     66: jne     0x000000000000007C
;;     6c: cmp     rax,[r11+0x38]
;;     71: jb      0x0000000000000096
;;     77: jmp     0x000000000000001E
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x20
;;     8a: mov     eax,0xA
;;     90: mov     rsp,[r11+8]
;;     95: ret
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x20
;;     a4: mov     eax,9
;;     aa: mov     rsp,[r11+8]
;;     af: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005C
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmaxpd  xmm15,xmm0,xmm1
;;     31: vmaxpd  xmm1,xmm1,xmm0
;;     36: vxorps  xmm1,xmm1,xmm15
;;     3b: vorps   xmm15,xmm15,xmm1
;;     40: vsubpd  xmm15,xmm15,xmm1
;;     45: vcmpunordpd xmm1,xmm1,xmm15
;;     4b: vpsrlq  xmm1,xmm1,0xD
;;     51: vandnps xmm1,xmm1,xmm15
;;     56: movaps  xmm0,xmm1
;;     5a: leave
;;     5b: ret
;;     5c: cmp     dword ptr [r11+0x14],0
;;     65: jne     0x000000000000007B
;;     6b: cmp     rax,[r11+0x38]
;;     70: jb      0x0000000000000095
;;     76: jmp     0x000000000000001E
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x20
;;     89: mov     eax,0xA
;;     8f: mov     rsp,[r11+8]
;;     94: ret
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x20
;;     a3: mov     eax,9
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
