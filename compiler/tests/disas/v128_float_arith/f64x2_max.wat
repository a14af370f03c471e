;; `f64x2.max` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f64x2.max (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005F
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
;;     5c: ret     0x20
;;     5f: cmp     dword ptr [r11+0x14],0
;;     68: jne     0x000000000000007E
;;     6e: cmp     rax,[r11+0x38]
;;     73: jb      0x0000000000000098
;;     79: jmp     0x000000000000001E
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x20
;;     8c: mov     eax,0xA
;;     92: mov     rsp,[r11+8]
;;     97: ret
;;     98: mov     r11,[r14]
;;     9d: mov     qword ptr [r11+0x18],0x20
;;     a6: mov     eax,9
;;     ac: mov     rsp,[r11+8]
;;     b1: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005E
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
;;     5b: ret     0x20
;;     5e: cmp     dword ptr [r11+0x14],0
;;     67: jne     0x000000000000007D
;;     6d: cmp     rax,[r11+0x38]
;;     72: jb      0x0000000000000097
;;     78: jmp     0x000000000000001E
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x20
;;     8b: mov     eax,0xA
;;     91: mov     rsp,[r11+8]
;;     96: ret
;;     97: mov     r11,[r14]
;;     9c: mov     qword ptr [r11+0x18],0x20
;;     a5: mov     eax,9
;;     ab: mov     rsp,[r11+8]
;;     b0: ret
