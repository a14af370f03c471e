;; A `br_table` whose targets include a loop header.

(module
  (func (export "f") (param $i i32)
    (block $out (loop $l
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_table $l $out (i32.eqz (local.get $i)))))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000077
;;     1e: mov     r10d,[rbp+0x10]
;;     23: mov     r11,[r14]
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x00000000000000CA
;;     37: sub     r10d,1
;;     3b: test    r10d,r10d
;;     3e: sete    al
;;     42: movzx   eax,al
;;     46: mov     r11d,1
;;     4c: cmp     eax,1
;;     53: cmovae  eax,r11d
;;     57: lea     r11,[0x69]
;;     5e: lea     rax,[rax+rax*4]
;;     63: add     r11,rax
;;     66: jmp     r11
;;     69: jmp     0x0000000000000023
;;     6e: jmp     0x0000000000000073
;;     73: leave
;;     74: ret     8
;;     77: cmp     dword ptr [r11+0x14],0
;;     80: jne     0x0000000000000096
;;     86: cmp     rax,[r11+0x38]
;;     8b: jb      0x00000000000000B0
;;     91: jmp     0x000000000000001E
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x1E
;;     a4: mov     eax,0xA
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x1E
;;     be: mov     eax,9
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
;;     ca: mov     r11,[r14]
;;     cf: mov     qword ptr [r11+0x18],0x21
;;     d8: mov     eax,0xA
;;     de: mov     rsp,[r11+8]
;;     e3: ret
