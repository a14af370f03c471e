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
;;     18: jb      0x0000000000000075
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
;;     72: ret     8
;;     75: cmp     dword ptr [r11+0x14],0
;;     7e: jne     0x0000000000000094
;;     84: cmp     rax,[r11+0x38]
;;     89: jb      0x00000000000000AE
;;     8f: jmp     0x000000000000001E
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x1F
;;     a2: mov     eax,0xA
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
;;     ae: mov     r11,[r14]
;;     b3: mov     qword ptr [r11+0x18],0x1F
;;     bc: mov     eax,9
;;     c2: mov     rsp,[r11+8]
;;     c7: ret
