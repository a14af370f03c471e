;; `i32.trunc_sat_f32_s` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f32) (result i32)
    (i32.trunc_sat_f32_s (local.get $a))))

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
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x000000000000007A
;;     39: mov     r11,0xC1E0000000200000
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x0000000000000082
;;     53: mov     r11,0x41E0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x000000000000008D
;;     6d: cvttsd2si rax,xmm15
;;     72: mov     eax,eax
;;     75: jmp     0x0000000000000093
;;     7a: xor     eax,eax
;;     7d: jmp     0x0000000000000093
;;     82: mov     eax,0x80000000
;;     88: jmp     0x0000000000000093
;;     8d: mov     eax,0x7FFFFFFF
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
