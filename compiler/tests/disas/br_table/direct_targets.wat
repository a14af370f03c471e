;; A `br_table` whose targets carry nothing jumps straight to their labels.

(module
  (func (export "f") (param $i i32) (result i32)
    (block $two (block $one (block $zero
      (br_table $zero $one $two (local.get $i)))
      (return (i32.const 100)))
      (return (i32.const 200)))
    (i32.const 300)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000073
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11d,2
;;     29: cmp     eax,2
;;     30: cmovae  eax,r11d
;;     34: lea     r11,[0x46]
;;     3b: lea     rax,[rax+rax*4]
;;     40: add     r11,rax
;;     43: jmp     r11
;;     46: jmp     0x0000000000000055
;;     4b: jmp     0x0000000000000060
;;     50: jmp     0x000000000000006B
;;     55: mov     eax,0x64
;;     5b: jmp     0x0000000000000071
;;     60: mov     eax,0xC8
;;     66: jmp     0x0000000000000071
;;     6b: mov     eax,0x12C
;;     71: leave
;;     72: ret
;;     73: cmp     dword ptr [r11+0x14],0
;;     7c: jne     0x0000000000000092
;;     82: cmp     rax,[r11+0x38]
;;     87: jb      0x00000000000000AC
;;     8d: jmp     0x000000000000001E
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x1F
;;     a0: mov     eax,0xA
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
;;     ac: mov     r11,[r14]
;;     b1: mov     qword ptr [r11+0x18],0x1F
;;     ba: mov     eax,9
;;     c0: mov     rsp,[r11+8]
;;     c5: ret
