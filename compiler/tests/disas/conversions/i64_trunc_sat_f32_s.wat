;; `i64.trunc_sat_f32_s` of a local: saturating, NaN to 0.

(module
  (func (export "f") (param $a f32) (result i64)
    (i64.trunc_sat_f32_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000009C
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x0000000000000077
;;     39: mov     r11,0xC3E0000000000001
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x000000000000007F
;;     53: mov     r11,0x43E0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x000000000000008E
;;     6d: cvttsd2si rax,xmm15
;;     72: jmp     0x0000000000000098
;;     77: xor     eax,eax
;;     7a: jmp     0x0000000000000098
;;     7f: mov     rax,0x8000000000000000
;;     89: jmp     0x0000000000000098
;;     8e: mov     rax,0x7FFFFFFFFFFFFFFF
;;     98: leave
;;     99: ret     8
;;     9c: cmp     dword ptr [r11+0x14],0
;;     a5: jne     0x00000000000000BB
;;     ab: cmp     rax,[r11+0x38]
;;     b0: jb      0x00000000000000D5
;;     b6: jmp     0x000000000000001E
;;     bb: mov     r11,[r14]
;;     c0: mov     qword ptr [r11+0x18],0x1F
;;     c9: mov     eax,0xA
;;     cf: mov     rsp,[r11+8]
;;     d4: ret
;;     d5: mov     r11,[r14]
;;     da: mov     qword ptr [r11+0x18],0x1F
;;     e3: mov     eax,9
;;     e9: mov     rsp,[r11+8]
;;     ee: ret
