;; A store to a 64-bit memory: the same check, then the store of a constant.

(module
  (memory i64 1)
  (func (export "f") (param $a i64)
    (i64.store offset=8 (local.get $a) (i64.const 7))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004F
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,0x10
;;     27: jb      0x00000000000000A2
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x00000000000000A2
;;     3d: mov     r11,[r14+0x10]
;;     42: mov     qword ptr [r11+rax-8],7
;;     4b: leave
;;     4c: ret     8
;;     4f: cmp     dword ptr [r11+0x14],0
;;     58: jne     0x000000000000006E
;;     5e: cmp     rax,[r11+0x38]
;;     63: jb      0x0000000000000088
;;     69: jmp     0x000000000000001E
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x23
;;     7c: mov     eax,0xA
;;     82: mov     rsp,[r11+8]
;;     87: ret
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x23
;;     96: mov     eax,9
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x28
;;     b0: mov     eax,5
;;     b6: mov     rsp,[r11+8]
;;     bb: ret
