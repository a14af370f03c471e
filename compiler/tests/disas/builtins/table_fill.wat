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
;;     18: jb      0x0000000000000070
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
;;     66: jne     0x00000000000000C3
;;     6c: leave
;;     6d: ret     0x10
;;     70: cmp     dword ptr [r11+0x14],0
;;     79: jne     0x000000000000008F
;;     7f: cmp     rax,[r11+0x38]
;;     84: jb      0x00000000000000A9
;;     8a: jmp     0x000000000000001E
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x25
;;     9d: mov     eax,0xA
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
;;     a9: mov     r11,[r14]
;;     ae: mov     qword ptr [r11+0x18],0x25
;;     b7: mov     eax,9
;;     bd: mov     rsp,[r11+8]
;;     c2: ret
;;     c3: mov     r11,[r14]
;;     c8: mov     qword ptr [r11+0x18],0x2C
;;     d1: mov     eax,edx
;;     d4: mov     rsp,[r11+8]
;;     d9: ret
