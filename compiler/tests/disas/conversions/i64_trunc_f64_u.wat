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
;;     18: jb      0x00000000000000A5
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000F8
;;     34: mov     r11,0xBFF0000000000000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x0000000000000112
;;     4e: mov     r11,0x43F0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x0000000000000112
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
;;     a4: ret
;;     a5: cmp     dword ptr [r11+0x14],0
;;     ae: jne     0x00000000000000C4
;;     b4: cmp     rax,[r11+0x38]
;;     b9: jb      0x00000000000000DE
;;     bf: jmp     0x000000000000001E
;;     c4: mov     r11,[r14]
;;     c9: mov     qword ptr [r11+0x18],0x1F
;;     d2: mov     eax,0xA
;;     d8: mov     rsp,[r11+8]
;;     dd: ret
;;     de: mov     r11,[r14]
;;     e3: mov     qword ptr [r11+0x18],0x1F
;;     ec: mov     eax,9
;;     f2: mov     rsp,[r11+8]
;;     f7: ret
;;     f8: mov     r11,[r14]
;;     fd: mov     qword ptr [r11+0x18],0x22
;;    106: mov     eax,4
;;    10c: mov     rsp,[r11+8]
;;    111: ret
;;    112: mov     r11,[r14]
;;    117: mov     qword ptr [r11+0x18],0x22
;;    120: mov     eax,3
;;    126: mov     rsp,[r11+8]
;;    12b: ret
