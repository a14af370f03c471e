;; A loop: its header tests the interrupt flag.

(module
  (func (export "f") (param $n i32)
    (loop $l (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: mov     r10d,[rbp+0x10]
;;     23: mov     r11,[r14]
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x0000000000000099
;;     37: sub     r10d,1
;;     3b: test    r10d,r10d
;;     3e: jne     0x0000000000000023
;;     44: leave
;;     45: ret
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x1E
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x1E
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret
;;     99: mov     r11,[r14]
;;     9e: mov     qword ptr [r11+0x18],0x1F
;;     a7: mov     eax,0xA
;;     ad: mov     rsp,[r11+8]
;;     b2: ret
