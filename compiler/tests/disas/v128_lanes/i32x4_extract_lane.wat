;; `i32x4.extract_lane` of lane 1.

(module
  (func (export "f") (param $a v128) (result i32)
    (i32x4.extract_lane 1 (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000030
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pextrd  eax,xmm0,1
;;     2c: leave
;;     2d: ret     0x10
;;     30: cmp     dword ptr [r11+0x14],0
;;     39: jne     0x000000000000004F
;;     3f: cmp     rax,[r11+0x38]
;;     44: jb      0x0000000000000069
;;     4a: jmp     0x000000000000001E
;;     4f: mov     r11,[r14]
;;     54: mov     qword ptr [r11+0x18],0x1F
;;     5d: mov     eax,0xA
;;     63: mov     rsp,[r11+8]
;;     68: ret
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x1F
;;     77: mov     eax,9
;;     7d: mov     rsp,[r11+8]
;;     82: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002F
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vpextrd eax,xmm0,1
;;     2b: leave
;;     2c: ret     0x10
;;     2f: cmp     dword ptr [r11+0x14],0
;;     38: jne     0x000000000000004E
;;     3e: cmp     rax,[r11+0x38]
;;     43: jb      0x0000000000000068
;;     49: jmp     0x000000000000001E
;;     4e: mov     r11,[r14]
;;     53: mov     qword ptr [r11+0x18],0x1F
;;     5c: mov     eax,0xA
;;     62: mov     rsp,[r11+8]
;;     67: ret
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x1F
;;     76: mov     eax,9
;;     7c: mov     rsp,[r11+8]
;;     81: ret
