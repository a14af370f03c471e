;; Two values of different types carried by a branch and by the fallthrough.

(module
  (func (export "f") (param $c i32) (result i32 i64)
    (block $b (result i32 i64)
      (i32.const 1) (i64.const 2)
      (br_if $b (local.get $c))
      (drop) (drop)
      (i32.const 3) (i64.const 4))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000073
;;     1e: mov     eax,[rbp+0x18]
;;     23: test    eax,eax
;;     26: je      0x0000000000000047
;;     2c: lea     rsp,[rbp-0x18]
;;     30: mov     qword ptr [rbp-0x10],1
;;     39: mov     qword ptr [rbp-0x18],2
;;     42: jmp     0x000000000000005D
;;     47: lea     rsp,[rbp-0x18]
;;     4b: mov     qword ptr [rbp-0x10],3
;;     54: mov     qword ptr [rbp-0x18],4
;;     5d: mov     r11,[rbp-0x10]
;;     62: mov     [rbp+0x18],r11
;;     67: mov     r11,[rbp-0x18]
;;     6c: mov     [rbp+0x10],r11
;;     71: leave
;;     72: ret
;;     73: cmp     dword ptr [r11+0x14],0
;;     7c: jne     0x0000000000000092
;;     82: cmp     rax,[r11+0x38]
;;     87: jb      0x00000000000000AC
;;     8d: jmp     0x000000000000001E
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x25
;;     a0: mov     eax,0xA
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
;;     ac: mov     r11,[r14]
;;     b1: mov     qword ptr [r11+0x18],0x25
;;     ba: mov     eax,9
;;     c0: mov     rsp,[r11+8]
;;     c5: ret
