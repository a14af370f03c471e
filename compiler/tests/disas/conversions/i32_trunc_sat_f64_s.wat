;; `i32.trunc_sat_f64_s` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f64) (result i32)
    (i32.trunc_sat_f64_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000092
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x0000000000000075
;;     34: mov     r11,0xC1E0000000200000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x000000000000007D
;;     4e: mov     r11,0x41E0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x0000000000000088
;;     68: cvttsd2si rax,xmm15
;;     6d: mov     eax,eax
;;     70: jmp     0x000000000000008E
;;     75: xor     eax,eax
;;     78: jmp     0x000000000000008E
;;     7d: mov     eax,0x80000000
;;     83: jmp     0x000000000000008E
;;     88: mov     eax,0x7FFFFFFF
;;     8e: leave
;;     8f: ret     8
;;     92: cmp     dword ptr [r11+0x14],0
;;     9b: jne     0x00000000000000B1
;;     a1: cmp     rax,[r11+0x38]
;;     a6: jb      0x00000000000000CB
;;     ac: jmp     0x000000000000001E
;;     b1: mov     r11,[r14]
;;     b6: mov     qword ptr [r11+0x18],0x1F
;;     bf: mov     eax,0xA
;;     c5: mov     rsp,[r11+8]
;;     ca: ret
;;     cb: mov     r11,[r14]
;;     d0: mov     qword ptr [r11+0x18],0x1F
;;     d9: mov     eax,9
;;     df: mov     rsp,[r11+8]
;;     e4: ret
