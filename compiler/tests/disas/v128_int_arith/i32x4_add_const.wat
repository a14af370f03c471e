;; A lanewise add of a constant.

(module
  (func (export "f") (param $a v128) (result v128)
    (i32x4.add (local.get $a) (v128.const i32x4 1 2 3 4))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: mov     r11,0x200000001
;;     28: movq    xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: pinsrq  xmm0,r11,1
;;     3e: movdqu  xmm1,[rbp+0x10]
;;     45: paddd   xmm1,xmm0
;;     4a: movaps  xmm0,xmm1
;;     4e: leave
;;     4f: ret     0x10
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x1F
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000051
;;     1e: mov     r11,0x200000001
;;     28: vmovq   xmm0,r11
;;     2d: mov     r11,0x400000003
;;     37: vpinsrq xmm0,xmm0,r11,1
;;     3d: vmovdqu xmm1,[rbp+0x10]
;;     44: vpaddd  xmm1,xmm1,xmm0
;;     49: movaps  xmm0,xmm1
;;     4d: leave
;;     4e: ret     0x10
;;     51: cmp     dword ptr [r11+0x14],0
;;     5a: jne     0x0000000000000070
;;     60: cmp     rax,[r11+0x38]
;;     65: jb      0x000000000000008A
;;     6b: jmp     0x000000000000001E
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x1F
;;     7e: mov     eax,0xA
;;     84: mov     rsp,[r11+8]
;;     89: ret
;;     8a: mov     r11,[r14]
;;     8f: mov     qword ptr [r11+0x18],0x1F
;;     98: mov     eax,9
;;     9e: mov     rsp,[r11+8]
;;     a3: ret
