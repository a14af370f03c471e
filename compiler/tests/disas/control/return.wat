;; An early `return` from inside a block.

(module
  (func (export "f") (param $a i32) (result i32)
    (block (br_if 0 (local.get $a)) (return (i32.const 1)))
    (i32.const 2)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     eax,[rbp+0x10]
;;     23: test    eax,eax
;;     26: jne     0x0000000000000037
;;     2c: mov     eax,1
;;     32: jmp     0x000000000000003D
;;     37: mov     eax,2
;;     3d: leave
;;     3e: ret
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x1F
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x1F
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
