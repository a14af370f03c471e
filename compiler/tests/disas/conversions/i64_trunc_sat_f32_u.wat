;; `i64.trunc_sat_f32_u` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f32) (result i64)
    (i64.trunc_sat_f32_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000C8
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x00000000000000AD
;;     39: mov     r11,0xBFF0000000000000
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x00000000000000B5
;;     53: mov     r11,0x43F0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x00000000000000BD
;;     6d: mov     r11,0x43E0000000000000
;;     77: movq    xmm0,r11
;;     7c: ucomisd xmm15,xmm0
;;     81: jae     0x0000000000000091
;;     87: cvttsd2si rax,xmm15
;;     8c: jmp     0x00000000000000A8
;;     91: subsd   xmm15,xmm0
;;     96: cvttsd2si rax,xmm15
;;     9b: mov     r11,0x8000000000000000
;;     a5: xor     rax,r11
;;     a8: jmp     0x00000000000000C4
;;     ad: xor     eax,eax
;;     b0: jmp     0x00000000000000C4
;;     b5: xor     eax,eax
;;     b8: jmp     0x00000000000000C4
;;     bd: mov     rax,0xFFFFFFFFFFFFFFFF
;;     c4: leave
;;     c5: ret     8
;;     c8: cmp     dword ptr [r11+0x14],0
;;     d1: jne     0x00000000000000E7
;;     d7: cmp     rax,[r11+0x38]
;;     dc: jb      0x0000000000000101
;;     e2: jmp     0x000000000000001E
;;     e7: mov     r11,[r14]
;;     ec: mov     qword ptr [r11+0x18],0x1F
;;     f5: mov     eax,0xA
;;     fb: mov     rsp,[r11+8]
;;    100: ret
;;    101: mov     r11,[r14]
;;    106: mov     qword ptr [r11+0x18],0x1F
;;    10f: mov     eax,9
;;    115: mov     rsp,[r11+8]
;;    11a: ret
