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
;;     18: jb      0x0000000000000076
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x00000000000000C9
;;     39: mov     r11,0xC3E0000000000001
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x00000000000000E3
;;     53: mov     r11,0x43E0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x00000000000000E3
;;     6d: cvttsd2si rax,xmm15
;;     72: leave
;;     73: ret     8
;;     76: cmp     dword ptr [r11+0x14],0
;;     7f: jne     0x0000000000000095
;;     85: cmp     rax,[r11+0x38]
;;     8a: jb      0x00000000000000AF
;;     90: jmp     0x000000000000001E
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x1F
;;     a3: mov     eax,0xA
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
;;     af: mov     r11,[r14]
;;     b4: mov     qword ptr [r11+0x18],0x1F
;;     bd: mov     eax,9
;;     c3: mov     rsp,[r11+8]
;;     c8: ret
;;     c9: mov     r11,[r14]
;;     ce: mov     qword ptr [r11+0x18],0x22
;;     d7: mov     eax,4
;;     dd: mov     rsp,[r11+8]
;;     e2: ret
;;     e3: mov     r11,[r14]
;;     e8: mov     qword ptr [r11+0x18],0x22
;;     f1: mov     eax,3
;;     f7: mov     rsp,[r11+8]
;;     fc: ret
