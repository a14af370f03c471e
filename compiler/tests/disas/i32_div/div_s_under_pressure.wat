;; A division with values live below it in `rax` and `rdx`: they move to other registers.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.add (i32.mul (local.get $a) (local.get $a)) (i32.mul (local.get $b) (local.get $b)))
      (i32.div_s (local.get $a) (local.get $b)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000072
;;     1e: mov     r10d,[rbp+0x18]
;;     23: mov     r9d,[rbp+0x10]
;;     28: mov     rax,r10
;;     2b: imul    eax,r10d
;;     2f: mov     rcx,r9
;;     32: imul    ecx,r9d
;;     36: add     eax,ecx
;;     39: mov     rcx,r9
;;     3c: mov     rsi,rax
;;     3f: mov     rax,r10
;;     42: test    ecx,ecx
;;     45: je      0x00000000000000C5
;;     4b: cmp     ecx,0xFFFFFFFF
;;     52: jne     0x0000000000000066
;;     58: neg     eax
;;     5b: jo      0x00000000000000DF
;;     61: jmp     0x000000000000006A
;;     66: cdq
;;     67: idiv    ecx
;;     6a: add     esi,eax
;;     6d: mov     rax,rsi
;;     70: leave
;;     71: ret
;;     72: cmp     dword ptr [r11+0x14],0
;;     7b: jne     0x0000000000000091
;;     81: cmp     rax,[r11+0x38]
;;     86: jb      0x00000000000000AB
;;     8c: jmp     0x000000000000001E
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x20
;;     9f: mov     eax,0xA
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
;;     ab: mov     r11,[r14]
;;     b0: mov     qword ptr [r11+0x18],0x20
;;     b9: mov     eax,9
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
;;     c5: mov     r11,[r14]
;;     ca: mov     qword ptr [r11+0x18],0x30
;;     d3: mov     eax,2
;;     d9: mov     rsp,[r11+8]
;;     de: ret
;;     df: mov     r11,[r14]
;;     e4: mov     qword ptr [r11+0x18],0x30
;;     ed: mov     eax,3
;;     f3: mov     rsp,[r11+8]
;;     f8: ret
