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
;;     18: jb      0x0000000000000036
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     r11,[r14+0x10]
;;     2d: xchg    [r11+rcx],al
;;     32: leave
;;     33: ret     0x10
;;     36: cmp     dword ptr [r11+0x14],0
;;     3f: jne     0x0000000000000055
;;     45: cmp     rax,[r11+0x38]
;;     4a: jb      0x000000000000006F
;;     50: jmp     0x000000000000001E
;;     55: mov     r11,[r14]
;;     5a: mov     qword ptr [r11+0x18],0x45
;;     63: mov     eax,0xA
;;     69: mov     rsp,[r11+8]
;;     6e: ret
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x45
;;     7d: mov     eax,9
;;     83: mov     rsp,[r11+8]
;;     88: ret

;; function 1 (export "i64_store_const"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: mov     eax,5
;;     24: mov     ecx,[rbp+0x10]
;;     29: test    cl,7
;;     2d: jne     0x0000000000000094
;;     33: mov     r11,[r14+0x10]
;;     38: xchg    [r11+rcx],rax
;;     3d: leave
;;     3e: ret     8
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x50
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x50
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x55
;;     a2: mov     eax,0xF
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
