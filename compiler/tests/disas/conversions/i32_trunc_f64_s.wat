;; `i32.trunc_f64_s` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f64) (result i32)
    (i32.trunc_f64_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000072
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000C5
;;     34: mov     r11,0xC1E0000000200000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x00000000000000DF
;;     4e: mov     r11,0x41E0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x00000000000000DF
;;     68: cvttsd2si rax,xmm15
;;     6d: mov     eax,eax
;;     70: leave
;;     71: ret
;;     72: cmp     dword ptr [r11+0x14],0
;;     7b: jne     0x0000000000000091
;;     81: cmp     rax,[r11+0x38]
;;     86: jb      0x00000000000000AB
;;     8c: jmp     0x000000000000001E
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x1F
;;     9f: mov     eax,0xA
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
;;     ab: mov     r11,[r14]
;;     b0: mov     qword ptr [r11+0x18],0x1F
;;     b9: mov     eax,9
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
;;     c5: mov     r11,[r14]
;;     ca: mov     qword ptr [r11+0x18],0x22
;;     d3: mov     eax,4
;;     d9: mov     rsp,[r11+8]
;;     de: ret
;;     df: mov     r11,[r14]
;;     e4: mov     qword ptr [r11+0x18],0x22
;;     ed: mov     eax,3
;;     f3: mov     rsp,[r11+8]
;;     f8: ret
