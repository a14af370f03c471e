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
;;     18: jb      0x000000000000005C
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     r11,0xFFFFFFFFFFFFFFFF
;;     2a: add     rax,r11
;;     2d: jb      0x00000000000000AF
;;     33: add     rax,1
;;     37: jb      0x00000000000000AF
;;     3d: mov     r11,[r14+0x18]
;;     42: cmp     rax,[r11+8]
;;     47: ja      0x00000000000000AF
;;     4d: mov     r11,[r14+0x10]
;;     52: movzx   eax,byte ptr [r11+rax-1]
;;     58: leave
;;     59: ret     8
;;     5c: cmp     dword ptr [r11+0x14],0
;;     65: jne     0x000000000000007B
;;     6b: cmp     rax,[r11+0x38]
;;     70: jb      0x0000000000000095
;;     76: jmp     0x000000000000001E
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x24
;;     89: mov     eax,0xA
;;     8f: mov     rsp,[r11+8]
;;     94: ret
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x24
;;     a3: mov     eax,9
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
;;     af: mov     r11,[r14]
;;     b4: mov     qword ptr [r11+0x18],0x27
;;     bd: mov     eax,5
;;     c3: mov     rsp,[r11+8]
;;     c8: ret
