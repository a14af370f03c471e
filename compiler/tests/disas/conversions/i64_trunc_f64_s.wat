;; `i64.trunc_f64_s` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f64) (result i64)
    (i64.trunc_f64_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000071
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000C4
;;     34: mov     r11,0xC3E0000000000001
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x00000000000000DE
;;     4e: mov     r11,0x43E0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x00000000000000DE
;;     68: cvttsd2si rax,xmm15
;;     6d: leave
;;     6e: ret     8
;;     71: cmp     dword ptr [r11+0x14],0
;;     7a: jne     0x0000000000000090
;;     80: cmp     rax,[r11+0x38]
;;     85: jb      0x00000000000000AA
;;     8b: jmp     0x000000000000001E
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x1F
;;     9e: mov     eax,0xA
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
;;     aa: mov     r11,[r14]
;;     af: mov     qword ptr [r11+0x18],0x1F
;;     b8: mov     eax,9
;;     be: mov     rsp,[r11+8]
;;     c3: ret
;;     c4: mov     r11,[r14]
;;     c9: mov     qword ptr [r11+0x18],0x22
;;     d2: mov     eax,4
;;     d8: mov     rsp,[r11+8]
;;     dd: ret
;;     de: mov     r11,[r14]
;;     e3: mov     qword ptr [r11+0x18],0x22
;;     ec: mov     eax,3
;;     f2: mov     rsp,[r11+8]
;;     f7: ret
