;; `table.copy` between two tables: both indices packed in one argument.

(module
  (table $a 4 funcref)
  (table $b 4 funcref)
  (func (export "f") (param $dst i32) (param $src i32) (param $len i32)
    (table.copy $a $b (local.get $dst) (local.get $src) (local.get $len))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000007D
;;     1e: push    qword ptr [rbp+0x20]
;;     23: push    qword ptr [rbp+0x18]
;;     28: push    qword ptr [rbp+0x10]
;;     2d: mov     r8d,[rbp-0x20]
;;     32: lea     rsp,[rsp+8]
;;     37: mov     ecx,[rbp-0x18]
;;     3c: lea     rsp,[rsp+8]
;;     41: mov     edx,[rbp-0x10]
;;     46: lea     rsp,[rsp+8]
;;     4b: mov     esi,1
;;     51: mov     rdi,r14
;;     54: mov     r11,rsp
;;     57: and     rsp,0xFFFFFFFFFFFFFFF0
;;     5b: sub     rsp,8
;;     5f: push    r11
;;     61: mov     r11,[r14]
;;     66: call    qword ptr [r11+0x80] ; table.copy
;;     6e: mov     rsp,[rsp]
;;     72: test    edx,edx
;;     75: jne     0x00000000000000D0
;;     7b: leave
;;     7c: ret
;;     7d: cmp     dword ptr [r11+0x14],0
;;     86: jne     0x000000000000009C
;;     8c: cmp     rax,[r11+0x38]
;;     91: jb      0x00000000000000B6
;;     97: jmp     0x000000000000001E
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x29
;;     aa: mov     eax,0xA
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
;;     b6: mov     r11,[r14]
;;     bb: mov     qword ptr [r11+0x18],0x29
;;     c4: mov     eax,9
;;     ca: mov     rsp,[r11+8]
;;     cf: ret
;;     d0: mov     r11,[r14]
;;     d5: mov     qword ptr [r11+0x18],0x30
;;     de: mov     eax,edx
;;     e1: mov     rsp,[r11+8]
;;     e6: ret
