;; `i32.trunc_f64_u` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f64) (result i32)
    (i32.trunc_f64_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000074
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000C7
;;     34: mov     r11,0xBFF0000000000000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x00000000000000E1
;;     4e: mov     r11,0x41F0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x00000000000000E1
;;     68: cvttsd2si rax,xmm15
;;     6d: mov     eax,eax
;;     70: leave
;;     71: ret     8
;;     74: cmp     dword ptr [r11+0x14],0
;;     7d: jne     0x0000000000000093
;;     83: cmp     rax,[r11+0x38]
;;     88: jb      0x00000000000000AD
;;     8e: jmp     0x000000000000001E
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x1F
;;     a1: mov     eax,0xA
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x1F
;;     bb: mov     eax,9
;;     c1: mov     rsp,[r11+8]
;;     c6: ret
;;     c7: mov     r11,[r14]
;;     cc: mov     qword ptr [r11+0x18],0x22
;;     d5: mov     eax,4
;;     db: mov     rsp,[r11+8]
;;     e0: ret
;;     e1: mov     r11,[r14]
;;     e6: mov     qword ptr [r11+0x18],0x22
;;     ef: mov     eax,3
;;     f5: mov     rsp,[r11+8]
;;     fa: ret
