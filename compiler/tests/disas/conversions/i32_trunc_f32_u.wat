;; `i32.trunc_f32_u` of a local: trapping on NaN and out-of-range values.

(module
  (func (export "f") (param $a f32) (result i32)
    (i32.trunc_f32_u (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000079
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cvtss2sd xmm15,xmm15
;;     2e: ucomisd xmm15,xmm15
;;     33: jp      0x00000000000000CC
;;     39: mov     r11,0xBFF0000000000000
;;     43: movq    xmm0,r11
;;     48: ucomisd xmm15,xmm0
;;     4d: jbe     0x00000000000000E6
;;     53: mov     r11,0x41F0000000000000
;;     5d: movq    xmm0,r11
;;     62: ucomisd xmm15,xmm0
;;     67: jae     0x00000000000000E6
;;     6d: cvttsd2si rax,xmm15
;;     72: mov     eax,eax
;;     75: leave
;;     76: ret     8
;;     79: cmp     dword ptr [r11+0x14],0
;;     82: jne     0x0000000000000098
;;     88: cmp     rax,[r11+0x38]
;;     8d: jb      0x00000000000000B2
;;     93: jmp     0x000000000000001E
;;     98: mov     r11,[r14]
;;     9d: mov     qword ptr [r11+0x18],0x1F
;;     a6: mov     eax,0xA
;;     ac: mov     rsp,[r11+8]
;;     b1: ret
;;     b2: mov     r11,[r14]
;;     b7: mov     qword ptr [r11+0x18],0x1F
;;     c0: mov     eax,9
;;     c6: mov     rsp,[r11+8]
;;     cb: ret
;;     cc: mov     r11,[r14]
;;     d1: mov     qword ptr [r11+0x18],0x22
;;     da: mov     eax,4
;;     e0: mov     rsp,[r11+8]
;;     e5: ret
;;     e6: mov     r11,[r14]
;;     eb: mov     qword ptr [r11+0x18],0x22
;;     f4: mov     eax,3
;;     fa: mov     rsp,[r11+8]
;;     ff: ret
