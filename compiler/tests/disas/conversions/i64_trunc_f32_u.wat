;; `i64.trunc_f32_u` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f32) (result i64)
    (i64.trunc_f32_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000AC
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x00000000000000FF
;;     39: mov     r11,0xBFF0000000000000
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x0000000000000119
;;     53: mov     r11,0x43F0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x0000000000000119
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
;;     a8: leave
;;     a9: ret     8
;;     ac: cmp     dword ptr [r11+0x14],0
;;     b5: jne     0x00000000000000CB
;;     bb: cmp     rax,[r11+0x38]
;;     c0: jb      0x00000000000000E5
;;     c6: jmp     0x000000000000001E
;;     cb: mov     r11,[r14]
;;     d0: mov     qword ptr [r11+0x18],0x1F
;;     d9: mov     eax,0xA
;;     df: mov     rsp,[r11+8]
;;     e4: ret
;;     e5: mov     r11,[r14]
;;     ea: mov     qword ptr [r11+0x18],0x1F
;;     f3: mov     eax,9
;;     f9: mov     rsp,[r11+8]
;;     fe: ret
;;     ff: mov     r11,[r14]
;;    104: mov     qword ptr [r11+0x18],0x22
;;    10d: mov     eax,4
;;    113: mov     rsp,[r11+8]
;;    118: ret
;;    119: mov     r11,[r14]
;;    11e: mov     qword ptr [r11+0x18],0x22
;;    127: mov     eax,3
;;    12d: mov     rsp,[r11+8]
;;    132: ret
