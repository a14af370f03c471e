;; Atomic stores are `xchg` with memory (locked implicitly, so sequentially
;; consistent without a fence); the value needs a register of its own, even a constant.

(module
  (memory 1 1 shared)
  (func (export "i32_store8") (param $a i32) (param $v i32)
    (i32.atomic.store8 (local.get $a) (local.get $v)))
  (func (export "i64_store_const") (param $a i32)
    (i64.atomic.store (local.get $a) (i64.const 5))))

;; function 0 (export "i32_store8"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000034
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     r11,[r14+0x10]
;;     2d: xchg    [r11+rcx],al
;;     32: leave
;;     33: ret
;;     34: cmp     dword ptr [r11+0x14],0
;;     3d: jne     0x0000000000000053
;;     43: cmp     rax,[r11+0x38]
;;     48: jb      0x000000000000006D
;;     4e: jmp     0x000000000000001E
;;     53: mov     r11,[r14]
;;     58: mov     qword ptr [r11+0x18],0x45
;;     61: mov     eax,0xA
;;     67: mov     rsp,[r11+8]
;;     6c: ret
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x45
;;     7b: mov     eax,9
;;     81: mov     rsp,[r11+8]
;;     86: ret

;; function 1 (export "i64_store_const"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     eax,5
;;     24: mov     ecx,[rbp+0x10]
;;     29: test    cl,7
;;     2d: jne     0x0000000000000092
;;     33: mov     r11,[r14+0x10]
;;     38: xchg    [r11+rcx],rax
;;     3d: leave
;;     3e: ret
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x50
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x50
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x55
;;     a0: mov     eax,0xF
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
