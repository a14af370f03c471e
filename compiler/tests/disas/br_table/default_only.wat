;; A `br_table` with only a default target.
;; Finding: a table with only a default target still goes through the jump table; one
;; `jmp` would do.

(module
  (func (export "f") (param $i i32) (result i32)
    (block $d (br_table $d (local.get $i)))
    (i32.const 1)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11d,0
;;     29: cmp     eax,0
;;     30: cmovae  eax,r11d
;;     34: lea     r11,[0x46]
;;     3b: lea     rax,[rax+rax*4]
;;     40: add     r11,rax
;;     43: jmp     r11
;;     46: jmp     0x000000000000004B
;;     4b: mov     eax,1
;;     51: leave
;;     52: ret     8
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x1F
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x1F
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
