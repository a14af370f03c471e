;; `i32.trunc_sat_f32_u` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f32) (result i32)
    (i32.trunc_sat_f32_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000094
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x000000000000007A
;;     39: mov     r11,0xBFF0000000000000
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x0000000000000082
;;     53: mov     r11,0x41F0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x000000000000008A
;;     6d: cvttsd2si rax,xmm15
;;     72: mov     eax,eax
;;     75: jmp     0x0000000000000090
;;     7a: xor     eax,eax
;;     7d: jmp     0x0000000000000090
;;     82: xor     eax,eax
;;     85: jmp     0x0000000000000090
;;     8a: mov     eax,0xFFFFFFFF
;;     90: leave
;;     91: ret     8
;;     94: cmp     dword ptr [r11+0x14],0
;;     9d: jne     0x00000000000000B3
;;     a3: cmp     rax,[r11+0x38]
;;     a8: jb      0x00000000000000CD
;;     ae: jmp     0x000000000000001E
;;     b3: mov     r11,[r14]
;;     b8: mov     qword ptr [r11+0x18],0x1F
;;     c1: mov     eax,0xA
;;     c7: mov     rsp,[r11+8]
;;     cc: ret
;;     cd: mov     r11,[r14]
;;     d2: mov     qword ptr [r11+0x18],0x1F
;;     db: mov     eax,9
;;     e1: mov     rsp,[r11+8]
;;     e6: ret
