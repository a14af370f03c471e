;; `i32.trunc_sat_f64_u` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f64) (result i32)
    (i32.trunc_sat_f64_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008F
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: ucomisd xmm15,xmm15
;;     2e: jp      0x0000000000000075
;;     34: mov     r11,0xBFF0000000000000
;;     3e: movq    xmm0,r11
;;     43: ucomisd xmm15,xmm0
;;     48: jbe     0x000000000000007D
;;     4e: mov     r11,0x41F0000000000000
;;     58: movq    xmm0,r11
;;     5d: ucomisd xmm15,xmm0
;;     62: jae     0x0000000000000085
;;     68: cvttsd2si rax,xmm15
;;     6d: mov     eax,eax
;;     70: jmp     0x000000000000008B
;;     75: xor     eax,eax
;;     78: jmp     0x000000000000008B
;;     7d: xor     eax,eax
;;     80: jmp     0x000000000000008B
;;     85: mov     eax,0xFFFFFFFF
;;     8b: leave
;;     8c: ret     8
;;     8f: cmp     dword ptr [r11+0x14],0
;;     98: jne     0x00000000000000AE
;;     9e: cmp     rax,[r11+0x38]
;;     a3: jb      0x00000000000000C8
;;     a9: jmp     0x000000000000001E
;;     ae: mov     r11,[r14]
;;     b3: mov     qword ptr [r11+0x18],0x1F
;;     bc: mov     eax,0xA
;;     c2: mov     rsp,[r11+8]
;;     c7: ret
;;     c8: mov     r11,[r14]
;;     cd: mov     qword ptr [r11+0x18],0x1F
;;     d6: mov     eax,9
;;     dc: mov     rsp,[r11+8]
;;     e1: ret
