;; `i64.trunc_f32_s` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f32) (result i64)
    (i64.trunc_f32_s (local.get $a))))

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
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x00000000000000C7
;;     39: mov     r11,0xC3E0000000000001
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x00000000000000E1
;;     53: mov     r11,0x43E0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x00000000000000E1
;;     6d: cvttsd2si rax,xmm15
;;     72: leave
;;     73: ret
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
