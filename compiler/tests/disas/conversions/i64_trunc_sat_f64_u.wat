;; `i64.trunc_sat_f64_u` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f64) (result i64)
    (i64.trunc_sat_f64_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000C3
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000A8
;;     34: mov     r11,0xBFF0000000000000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x00000000000000B0
;;     4e: mov     r11,0x43F0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x00000000000000B8
;;     68: mov     r11,0x43E0000000000000
;;     72: movq    xmm0,r11
;;     77: ucomisd xmm15,xmm0
;;     7c: jae     0x000000000000008C
;;     82: cvttsd2si rax,xmm15
;;     87: jmp     0x00000000000000A3
;;     8c: subsd   xmm15,xmm0
;;     91: cvttsd2si rax,xmm15
;;     96: mov     r11,0x8000000000000000
;;     a0: xor     rax,r11
;;     a3: jmp     0x00000000000000BF
;;     a8: xor     eax,eax
;;     ab: jmp     0x00000000000000BF
;;     b0: xor     eax,eax
;;     b3: jmp     0x00000000000000BF
;;     b8: mov     rax,0xFFFFFFFFFFFFFFFF
;;     bf: leave
;;     c0: ret     8
;;     c3: cmp     dword ptr [r11+0x14],0
;;     cc: jne     0x00000000000000E2
;;     d2: cmp     rax,[r11+0x38]
;;     d7: jb      0x00000000000000FC
;;     dd: jmp     0x000000000000001E
;;     e2: mov     r11,[r14]
;;     e7: mov     qword ptr [r11+0x18],0x1F
;;     f0: mov     eax,0xA
;;     f6: mov     rsp,[r11+8]
;;     fb: ret
;;     fc: mov     r11,[r14]
;;    101: mov     qword ptr [r11+0x18],0x1F
;;    10a: mov     eax,9
;;    110: mov     rsp,[r11+8]
;;    115: ret
