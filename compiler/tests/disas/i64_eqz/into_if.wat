;; `eqz` feeding `if` branches on the flags.

(module
  (func (export "f") (param $a i64) (result i32)
    (if (result i32) (i64.eqz (local.get $a)) (then (i32.const 7)) (else (i32.const 9)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: mov     rax,[rbp+0x10]
;;     23: test    rax,rax
;;     26: jne     0x0000000000000037
;;     2c: mov     eax,7
;;     32: jmp     0x000000000000003D
;;     37: mov     eax,9
;;     3d: leave
;;     3e: ret     8
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x1F
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x1F
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
