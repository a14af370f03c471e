;; `i64.trunc_sat_f64_s` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f64) (result i64)
    (i64.trunc_sat_f64_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000097
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x0000000000000072
;;     34: mov     r11,0xC3E0000000000001
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x000000000000007A
;;     4e: mov     r11,0x43E0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x0000000000000089
;;     68: cvttsd2si rax,xmm15
;;     6d: jmp     0x0000000000000093
;;     72: xor     eax,eax
;;     75: jmp     0x0000000000000093
;;     7a: mov     rax,0x8000000000000000
;;     84: jmp     0x0000000000000093
;;     89: mov     rax,0x7FFFFFFFFFFFFFFF
;;     93: leave
;;     94: ret     8
;;     97: cmp     dword ptr [r11+0x14],0
;;     a0: jne     0x00000000000000B6
;;     a6: cmp     rax,[r11+0x38]
;;     ab: jb      0x00000000000000D0
;;     b1: jmp     0x000000000000001E
;;     b6: mov     r11,[r14]
;;     bb: mov     qword ptr [r11+0x18],0x1F
;;     c4: mov     eax,0xA
;;     ca: mov     rsp,[r11+8]
;;     cf: ret
;;     d0: mov     r11,[r14]
;;     d5: mov     qword ptr [r11+0x18],0x1F
;;     de: mov     eax,9
;;     e4: mov     rsp,[r11+8]
;;     e9: ret
