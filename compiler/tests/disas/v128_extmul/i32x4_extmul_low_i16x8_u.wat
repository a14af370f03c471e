;; `i32x4.extmul_low_i16x8_u` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i32x4.extmul_low_i16x8_u (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000048
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: pmullw  xmm1,xmm0
;;     36: pmulhuw xmm15,xmm0
;;     3b: punpcklwd xmm1,xmm15
;;     40: movaps  xmm0,xmm1
;;     44: leave
;;     45: ret     0x20
;;     48: cmp     dword ptr [r11+0x14],0
;;     51: jne     0x0000000000000067
;;     57: cmp     rax,[r11+0x38]
;;     5c: jb      0x0000000000000081
;;     62: jmp     0x000000000000001E
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x20
;;     75: mov     eax,0xA
;;     7b: mov     rsp,[r11+8]
;;     80: ret
;;     81: mov     r11,[r14]
;;     86: mov     qword ptr [r11+0x18],0x20
;;     8f: mov     eax,9
;;     95: mov     rsp,[r11+8]
;;     9a: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000048
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: pmullw  xmm1,xmm0
;;     36: pmulhuw xmm15,xmm0
;;     3b: punpcklwd xmm1,xmm15
;;     40: movaps  xmm0,xmm1
;;     44: leave
;;     45: ret     0x20
;;     48: cmp     dword ptr [r11+0x14],0
;;     51: jne     0x0000000000000067
;;     57: cmp     rax,[r11+0x38]
;;     5c: jb      0x0000000000000081
;;     62: jmp     0x000000000000001E
;;     67: mov     r11,[r14]
;;     6c: mov     qword ptr [r11+0x18],0x20
;;     75: mov     eax,0xA
;;     7b: mov     rsp,[r11+8]
;;     80: ret
;;     81: mov     r11,[r14]
;;     86: mov     qword ptr [r11+0x18],0x20
;;     8f: mov     eax,9
;;     95: mov     rsp,[r11+8]
;;     9a: ret
