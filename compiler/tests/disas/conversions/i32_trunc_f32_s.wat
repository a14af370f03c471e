;; `i32.trunc_f32_s` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f32) (result i32)
    (i32.trunc_f32_s (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000077
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x00000000000000CA
;;     39: mov     r11,0xC1E0000000200000
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x00000000000000E4
;;     53: mov     r11,0x41E0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x00000000000000E4
;;     6d: cvttsd2si rax,xmm15
;;     72: mov     eax,eax
;;     75: leave
;;     76: ret
;;     77: cmp     dword ptr [r11+0x14],0
;;     80: jne     0x0000000000000096
;;     86: cmp     rax,[r11+0x38]
;;     8b: jb      0x00000000000000B0
;;     91: jmp     0x000000000000001E
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x1F
;;     a4: mov     eax,0xA
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x1F
;;     be: mov     eax,9
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
;;     ca: mov     r11,[r14]
;;     cf: mov     qword ptr [r11+0x18],0x22
;;     d8: mov     eax,4
;;     de: mov     rsp,[r11+8]
;;     e3: ret
;;     e4: mov     r11,[r14]
;;     e9: mov     qword ptr [r11+0x18],0x22
;;     f2: mov     eax,3
;;     f8: mov     rsp,[r11+8]
;;     fd: ret
