;; `f32x4.min` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f32x4.min (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000057
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movaps  xmm15,xmm0
;;     30: minps   xmm15,xmm1
;;     34: minps   xmm1,xmm0
;;     38: orps    xmm15,xmm1
;;     3c: cmpunordps xmm1,xmm15
;;     41: orps    xmm15,xmm1
;;     45: psrld   xmm1,0xA
;;     4b: andnps  xmm1,xmm15
;;     4f: movaps  xmm0,xmm1
;;     53: leave
;;     54: ret     0x20
;;     57: cmp     dword ptr [r11+0x14],0
;;     60: jne     0x0000000000000076
;;     66: cmp     rax,[r11+0x38]
;;     6b: jb      0x0000000000000090
;;     71: jmp     0x000000000000001E
;;     76: mov     r11,[r14]
;;     7b: mov     qword ptr [r11+0x18],0x20
;;     84: mov     eax,0xA
;;     8a: mov     rsp,[r11+8]
;;     8f: ret
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x20
;;     9e: mov     eax,9
;;     a4: mov     rsp,[r11+8]
;;     a9: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vminps  xmm15,xmm0,xmm1
;;     31: vminps  xmm1,xmm1,xmm0
;;     36: vorps   xmm15,xmm15,xmm1
;;     3b: vcmpunordps xmm1,xmm1,xmm15
;;     41: vorps   xmm15,xmm15,xmm1
;;     46: vpsrld  xmm1,xmm1,0xA
;;     4c: vandnps xmm1,xmm1,xmm15
;;     51: movaps  xmm0,xmm1
;;     55: leave
;;     56: ret     0x20
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x20
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x20
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
