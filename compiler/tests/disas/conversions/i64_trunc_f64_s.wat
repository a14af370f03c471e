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
;;     18: jb      0x000000000000006F
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x00000000000000C2
;;     34: mov     r11,0xC3E0000000000001
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x00000000000000DC
;;     4e: mov     r11,0x43E0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x00000000000000DC
;;     68: cvttsd2si rax,xmm15
;;     6d: leave
;;     6e: ret
;;     6f: cmp     dword ptr [r11+0x14],0
;;     78: jne     0x000000000000008E
;;     7e: cmp     rax,[r11+0x38]
;;     83: jb      0x00000000000000A8
;;     89: jmp     0x000000000000001E
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x1F
;;     9c: mov     eax,0xA
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
;;     a8: mov     r11,[r14]
;;     ad: mov     qword ptr [r11+0x18],0x1F
;;     b6: mov     eax,9
;;     bc: mov     rsp,[r11+8]
;;     c1: ret
;;     c2: mov     r11,[r14]
;;     c7: mov     qword ptr [r11+0x18],0x22
;;     d0: mov     eax,4
;;     d6: mov     rsp,[r11+8]
;;     db: ret
;;     dc: mov     r11,[r14]
;;     e1: mov     qword ptr [r11+0x18],0x22
;;     ea: mov     eax,3
;;     f0: mov     rsp,[r11+8]
;;     f5: ret
