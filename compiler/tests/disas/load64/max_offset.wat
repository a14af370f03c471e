;; offset + size overflows 64 bits: the offset and the size are added in two steps,
;; each followed by a carry test, so the access always traps.

(module
  (memory i64 1)
  (func (export "f") (param $a i64) (result i32)
    (i32.load8_u offset=0xffff_ffff_ffff_ffff (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     r11,0xFFFFFFFFFFFFFFFF
;;     2a: add     rax,r11
;;     2d: jb      0x00000000000000AD
;;     33: add     rax,1
;;     37: jb      0x00000000000000AD
;;     3d: mov     r11,[r14+0x18]
;;     42: cmp     rax,[r11+8]
;;     47: ja      0x00000000000000AD
;;     4d: mov     r11,[r14+0x10]
;;     52: movzx   eax,byte ptr [r11+rax-1]
;;     58: leave
;;     59: ret
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x24
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x24
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x27
;;     bb: mov     eax,5
;;     c1: mov     rsp,[r11+8]
;;     c6: ret
