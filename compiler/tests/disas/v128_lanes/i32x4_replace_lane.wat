;; `i32x4.replace_lane` of lane 1 with a local.

(module
  (func (export "f") (param $a v128) (param $x i32) (result v128)
    (i32x4.replace_lane 1 (local.get $a) (local.get $x))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000035
;;     1e: mov     eax,[rbp+0x10]
;;     23: movdqu  xmm0,[rbp+0x18]
;;     2a: pinsrd  xmm0,eax,1
;;     31: leave
;;     32: ret     0x18
;;     35: cmp     dword ptr [r11+0x14],0
;;     3e: jne     0x0000000000000054
;;     44: cmp     rax,[r11+0x38]
;;     49: jb      0x000000000000006E
;;     4f: jmp     0x000000000000001E
;;     54: mov     r11,[r14]
;;     59: mov     qword ptr [r11+0x18],0x20
;;     62: mov     eax,0xA
;;     68: mov     rsp,[r11+8]
;;     6d: ret
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x20
;;     7c: mov     eax,9
;;     82: mov     rsp,[r11+8]
;;     87: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     eax,[rbp+0x10]
;;     23: vmovdqu xmm0,[rbp+0x18]
;;     2a: vpinsrd xmm0,xmm0,eax,1
;;     30: leave
;;     31: ret     0x18
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x20
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x20
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret
