;; `i64.trunc_f64_u` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f64) (result i64)
    (i64.trunc_f64_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000A7
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000FA
;;     34: mov     r11,0xBFF0000000000000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x0000000000000114
;;     4e: mov     r11,0x43F0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x0000000000000114
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
;;     a3: leave
;;     a4: ret     8
;;     a7: cmp     dword ptr [r11+0x14],0
;;     b0: jne     0x00000000000000C6
;;     b6: cmp     rax,[r11+0x38]
;;     bb: jb      0x00000000000000E0
;;     c1: jmp     0x000000000000001E
;;     c6: mov     r11,[r14]
;;     cb: mov     qword ptr [r11+0x18],0x1F
;;     d4: mov     eax,0xA
;;     da: mov     rsp,[r11+8]
;;     df: ret
;;     e0: mov     r11,[r14]
;;     e5: mov     qword ptr [r11+0x18],0x1F
;;     ee: mov     eax,9
;;     f4: mov     rsp,[r11+8]
;;     f9: ret
;;     fa: mov     r11,[r14]
;;     ff: mov     qword ptr [r11+0x18],0x22
;;    108: mov     eax,4
;;    10e: mov     rsp,[r11+8]
;;    113: ret
;;    114: mov     r11,[r14]
;;    119: mov     qword ptr [r11+0x18],0x22
;;    122: mov     eax,3
;;    128: mov     rsp,[r11+8]
;;    12d: ret
