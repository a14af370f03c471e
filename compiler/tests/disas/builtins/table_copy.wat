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
;;     18: jb      0x000000000000007F
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
;;     75: jne     0x00000000000000D2
;;     7b: leave
;;     7c: ret     0x18
;;     7f: cmp     dword ptr [r11+0x14],0
;;     88: jne     0x000000000000009E
;;     8e: cmp     rax,[r11+0x38]
;;     93: jb      0x00000000000000B8
;;     99: jmp     0x000000000000001E
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x29
;;     ac: mov     eax,0xA
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
;;     b8: mov     r11,[r14]
;;     bd: mov     qword ptr [r11+0x18],0x29
;;     c6: mov     eax,9
;;     cc: mov     rsp,[r11+8]
;;     d1: ret
;;     d2: mov     r11,[r14]
;;     d7: mov     qword ptr [r11+0x18],0x30
;;     e0: mov     eax,edx
;;     e3: mov     rsp,[r11+8]
;;     e8: ret
