;; `table.fill` with a constant length.

(module
  (table $t 8 funcref)
  (func (export "f") (param $dst i32) (param $value funcref)
    (table.fill $t (local.get $dst) (local.get $value) (i32.const 2))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006E
;;     1e: push    qword ptr [rbp+0x18]
;;     23: push    qword ptr [rbp+0x10]
;;     28: mov     r8d,2
;;     2e: mov     rcx,[rbp-0x18]
;;     33: lea     rsp,[rsp+8]
;;     38: mov     edx,[rbp-0x10]
;;     3d: lea     rsp,[rsp+8]
;;     42: xor     esi,esi
;;     45: mov     rdi,r14
;;     48: mov     r11,rsp
;;     4b: and     rsp,0xFFFFFFFFFFFFFFF0
;;     4f: sub     rsp,8
;;     53: push    r11
;;     55: mov     r11,[r14]
;;     5a: call    qword ptr [r11+0x78] ; table.fill
;;     5f: mov     rsp,[rsp]
;;     63: test    edx,edx
;;     66: jne     0x00000000000000C1
;;     6c: leave
;;     6d: ret
;;     6e: cmp     dword ptr [r11+0x14],0
;;     77: jne     0x000000000000008D
;;     7d: cmp     rax,[r11+0x38]
;;     82: jb      0x00000000000000A7
;;     88: jmp     0x000000000000001E
;;     8d: mov     r11,[r14]
;;     92: mov     qword ptr [r11+0x18],0x25
;;     9b: mov     eax,0xA
;;     a1: mov     rsp,[r11+8]
;;     a6: ret
;;     a7: mov     r11,[r14]
;;     ac: mov     qword ptr [r11+0x18],0x25
;;     b5: mov     eax,9
;;     bb: mov     rsp,[r11+8]
;;     c0: ret
;;     c1: mov     r11,[r14]
;;     c6: mov     qword ptr [r11+0x18],0x2C
;;     cf: mov     eax,edx
;;     d2: mov     rsp,[r11+8]
;;     d7: ret
