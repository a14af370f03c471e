;; A lanewise float add of values in registers.

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (f32x4.add (f32x4.mul (local.get $a) (local.get $b)) (f32x4.sub (local.get $b) (local.get $c)))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004E
;;     1e: movdqu  xmm0,[rbp+0x20]
;;     25: movdqu  xmm1,[rbp+0x30]
;;     2c: mulps   xmm1,xmm0
;;     30: movdqu  xmm0,[rbp+0x10]
;;     37: movdqu  xmm2,[rbp+0x20]
;;     3e: subps   xmm2,xmm0
;;     42: addps   xmm1,xmm2
;;     46: movaps  xmm0,xmm1
;;     4a: leave
;;     4b: ret     0x30
;;     4e: cmp     dword ptr [r11+0x14],0
;;     57: jne     0x000000000000006D
;;     5d: cmp     rax,[r11+0x38]
;;     62: jb      0x0000000000000087
;;     68: jmp     0x000000000000001E
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x21
;;     7b: mov     eax,0xA
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x21
;;     95: mov     eax,9
;;     9b: mov     rsp,[r11+8]
;;     a0: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000051
;;     1e: vmovdqu xmm0,[rbp+0x20]
;;     25: vmovdqu xmm1,[rbp+0x30]
;;     2c: vmulps  xmm1,xmm1,xmm0
;;     31: vmovdqu xmm0,[rbp+0x10]
;;     38: vmovdqu xmm2,[rbp+0x20]
;;     3f: vsubps  xmm2,xmm2,xmm0
;;     44: vaddps  xmm1,xmm1,xmm2
;;     49: movaps  xmm0,xmm1
;;     4d: leave
;;     4e: ret     0x30
;;     51: cmp     dword ptr [r11+0x14],0
;;     5a: jne     0x0000000000000070
;;     60: cmp     rax,[r11+0x38]
;;     65: jb      0x000000000000008A
;;     6b: jmp     0x000000000000001E
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x21
;;     7e: mov     eax,0xA
;;     84: mov     rsp,[r11+8]
;;     89: ret
;;     8a: mov     r11,[r14]
;;     8f: mov     qword ptr [r11+0x18],0x21
;;     98: mov     eax,9
;;     9e: mov     rsp,[r11+8]
;;     a3: ret
